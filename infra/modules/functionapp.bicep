// The Function App on Flex Consumption (FC1) running the .NET isolated worker. Every connection is
// identity-based through the user-assigned identity: no account key, SAS or instrumentation secret is stored.
@description('Function App name (also the host name <name>.azurewebsites.net).')
param name string

@description('NCRONTAB schedule of the reconciliation sweep of incoming (six fields, seconds first).')
param sweepSchedule string = '0 */15 * * * *'

@description('Schedule of the open data build (timer function BuildOpenData), NCRONTAB.')
param openDataSchedule string = '0 30 2 * * *'

@description('Schedule of the rebuild of the open data files of regions with new uploads (timer function RefreshRegionData), NCRONTAB.')
param regionDataSchedule string = '0 */10 * * * *'

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags for every resource; the app also gets the azd service tag.')
param tags object

@description('azd service name from azure.yaml.')
param serviceName string = 'api'

@description('Resource id of the user-assigned identity.')
param identityResourceId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Name of the storage account (host storage, app storage, deployment package).')
param storageAccountName string

@description('Blob container holding the Flex Consumption deployment package.')
param deploymentContainerName string

@description('Application Insights connection string (identifies the component; grants nothing with local auth off).')
param applicationInsightsConnectionString string

@description('.NET isolated runtime version.')
param runtimeVersion string = '10.0'

@description('Memory of each instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Upper bound of instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Concurrent HTTP requests one instance takes before another is added.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
  }

  // Flex Consumption takes the worker runtime from functionAppConfig, so FUNCTIONS_WORKER_RUNTIME and
  // FUNCTIONS_EXTENSION_VERSION must not be set here.
  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // Host storage (leases, keys, timers, blob-trigger receipts and poison queue).
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      // The app's connection "ReportsStorage": incoming/archive/rejections/$web blobs and the tables.
      ReportsStorage__credential: 'managedidentity'
      ReportsStorage__clientId: identityClientId
      ReportsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      ReportsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      ReportsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      // Telemetry authenticated with the identity (Application Insights local auth is disabled).
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
      // Absolute links in the published pages point at the static website endpoint.
      Site__BaseUrl: storage.properties.primaryEndpoints.web
      // The reconciliation sweep of incoming (SweepIncoming): uploads whose event never arrived, failed ones to retry.
      SweepSchedule: sweepSchedule
      OpenDataSchedule: openDataSchedule
      RegionDataSchedule: regionDataSchedule
    }
  }
}

// azd deploys to Flex with an Entra ID token, so publishing with basic (FTP/SCM) credentials stays off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
