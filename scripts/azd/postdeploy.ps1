# azd postdeploy hook (Windows): the same steps as postdeploy.sh. See that file for why this runs after deploy.
$ErrorActionPreference = 'Stop'
foreach ($name in 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME') {
  if (-not [Environment]::GetEnvironmentVariable($name)) { throw "$name is not set; run this through azd (azd up or azd deploy)." }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
  throw "The Azure CLI (az) is required; install it and run 'az login', then 'azd hooks run postdeploy'."
}
$incoming = if ($env:AZURE_INCOMING_CONTAINER_NAME) { $env:AZURE_INCOMING_CONTAINER_NAME } else { 'incoming' }
$root = Resolve-Path (Join-Path $PSScriptRoot '../..')

# azd has its own sign-in: `azd auth login` does not sign the Azure CLI in. Say so now rather than wait for a key.
$accountError = az account show --subscription $env:AZURE_SUBSCRIPTION_ID --output none 2>&1
if ($LASTEXITCODE -ne 0) {
  throw "The Azure CLI is not signed in to subscription $($env:AZURE_SUBSCRIPTION_ID) (azd's sign-in does not cover az): $accountError`nRun 'az login', then 'azd hooks run postdeploy'."
}

$maxAttempts = 30
for ($attempt = 1; ; $attempt++) {
  $answer = az functionapp keys list --subscription $env:AZURE_SUBSCRIPTION_ID -g $env:AZURE_RESOURCE_GROUP `
    -n $env:AZURE_FUNCTION_APP_NAME --query 'systemKeys.blobs_extension != `null`' -o tsv 2>&1
  if ($LASTEXITCODE -eq 0 -and "$answer" -eq 'true') { break }
  if ($attempt -ge $maxAttempts) {
    throw "The blobs_extension key did not appear after $maxAttempts attempts. The last answer of 'az functionapp keys list': $answer`nCheck that the app deployed and started, then run 'azd hooks run postdeploy'."
  }
  Write-Host "postdeploy: waiting for the Functions host to create the blobs_extension key ($attempt/$maxAttempts)..."
  Start-Sleep -Seconds 10
}

Write-Host "postdeploy: subscribing ProcessUpload to BlobCreated events of '$incoming'..."
az deployment group create --subscription $env:AZURE_SUBSCRIPTION_ID --resource-group $env:AZURE_RESOURCE_GROUP `
  --name incoming-blob-created --template-file (Join-Path $root 'infra/eventgrid/subscription.bicep') `
  --parameters functionAppName=$env:AZURE_FUNCTION_APP_NAME systemTopicName=$env:AZURE_EVENTGRID_SYSTEM_TOPIC_NAME `
  incomingContainerName=$incoming storageAccountName=$env:AZURE_STORAGE_ACCOUNT_NAME `
  deadLetterContainerName=$(if ($env:AZURE_DEADLETTER_CONTAINER_NAME) { $env:AZURE_DEADLETTER_CONTAINER_NAME } else { 'deadletter' }) --output none
if ($LASTEXITCODE -ne 0) { throw 'Creating the Event Grid subscription failed.' }
Write-Host "postdeploy: done. Upload a report into '$incoming'."
