// The storage account's Event Grid system topic. Its subscription to the blob trigger is created after code
// deployment (see infra/eventgrid/subscription.bicep and scripts/azd/postdeploy.sh). With shared keys off, the
// subscription dead-letters through the topic's own identity, which may write blobs into the dead-letter container only.
@description('Name of the system topic.')
param name string

@description('Azure region (a system topic lives where its source does).')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the storage account whose events the topic publishes.')
param storageAccountName string

@description('Container (in that account) where undeliverable events are dead-lettered.')
param deadLetterContainerName string

var roleIds = {
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
}

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-08-01' existing = {
  name: '${storageAccountName}/default/${deadLetterContainerName}'
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deadLetterContainer.id, systemTopic.id, roleIds.storageBlobDataContributor)
  scope: deadLetterContainer
  properties: {
    principalId: systemTopic.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataContributor)
  }
}

output name string = systemTopic.name
output principalId string = systemTopic.identity.principalId
