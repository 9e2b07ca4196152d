// Annual-report publisher: storage (uploads, tables, static website), Flex Consumption Function App,
// managed identity with least-privilege roles, Event Grid system topic, Application Insights.
// Shaped for the Azure Developer CLI: `azd up` provisions this, deploys service `api`, then the postdeploy
// hook subscribes the blob trigger to the system topic (infra/eventgrid/subscription.bicep).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Primary location for all resources.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the principal running azd; it may upload into incoming. Empty to skip.')
param principalId string = ''

@description('Resource group name; defaults to rg-<environmentName>.')
param resourceGroupName string = ''

@description('Upper bound of Function App instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var functionAppName = 'func-${resourceToken}'
// Flex Consumption reads its deployment package from this container.
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var incomingContainerName = 'incoming'
// Events Event Grid could not deliver within its retry policy land here instead of being dropped.
var deadLetterContainerName = 'deadletter'
var systemTopicName = 'evgt-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var identityName = 'id-${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: storageAccountName
    location: location
    tags: tags
    incomingContainerName: incomingContainerName
    otherContainerNames: [
      'archive'
      'rejections'
      deadLetterContainerName
      deploymentContainerName
    ]
    tableNames: [
      'reports'
      'uploads'
      'summaries'
      'regenerations'
    ]
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  scope: resourceGroup
  params: {
    storageAccountName: storageAccountName
    incomingContainerName: incomingContainerName
    applicationInsightsName: applicationInsightsName
    appIdentityName: identityName
    deployerPrincipalId: principalId
  }
  // Names are known at compile time (what-if friendly); the order comes from these explicit dependencies.
  dependsOn: [
    identity
    monitoring
    storage
  ]
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: resourceGroup
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
  }
  // The host reads its deployment package and storage with the identity as soon as it starts.
  dependsOn: [
    storage
    roles
  ]
}

module eventGridTopic 'modules/eventgrid-topic.bicep' = {
  name: 'eventgrid-topic'
  scope: resourceGroup
  params: {
    name: systemTopicName
    location: location
    tags: tags
    storageAccountName: storageAccountName
    deadLetterContainerName: deadLetterContainerName
  }
  dependsOn: [
    storage
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storageAccountName
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STATIC_WEBSITE_URL string = storage.outputs.webEndpoint
output AZURE_INCOMING_CONTAINER_NAME string = incomingContainerName
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
output AZURE_DEADLETTER_CONTAINER_NAME string = deadLetterContainerName
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
