// Least-privilege role assignments. The app identity gets exactly what the Functions host, the blob trigger
// and the app need on the one storage account, plus telemetry publishing; the optional deployer principal
// may only write blobs into `incoming` (to upload a report by hand).
@description('Name of the storage account.')
param storageAccountName string

@description('Name of the incoming container the deployer may upload to.')
param incomingContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Name of the Function App user-assigned identity.')
param appIdentityName string

@description('Principal id of the person or pipeline running azd (empty to skip).')
param deployerPrincipalId string = ''

// Built-in role definition ids (identical in every tenant).
var roleIds = {
  // Functions host with identity-based AzureWebJobsStorage: leases, host state, secrets blobs, Flex deployment
  // package, and blob-trigger receipts. The host documentation requires Owner, not Contributor.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  // Blob trigger poison messages (webjobs-blobtrigger-poison) and host queues.
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  // The app's reports and uploads tables.
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Entra ID-authenticated telemetry to Application Insights with local auth disabled.
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  // Deployer: upload report files into incoming.
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
}

var appStorageRoles = [
  roleIds.storageBlobDataOwner
  roleIds.storageQueueDataContributor
  roleIds.storageTableDataContributor
]

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource incoming 'containers' existing = {
      name: incomingContainerName
    }
  }
}

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: appIdentityName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appStorageAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in appStorageRoles: {
    name: guid(storage.id, appIdentity.id, roleId)
    scope: storage
    properties: {
      principalId: appIdentity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource appTelemetryAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appIdentity.id, roleIds.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.monitoringMetricsPublisher)
  }
}

resource deployerUploadAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(storage::blobService::incoming.id, deployerPrincipalId, roleIds.storageBlobDataContributor)
  scope: storage::blobService::incoming
  properties: {
    principalId: deployerPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataContributor)
  }
}
