// The storage account's Event Grid system topic. Its subscription to the blob trigger is created after code
// deployment (see infra/eventgrid/subscription.bicep and scripts/azd/postdeploy.sh).
@description('Name of the system topic.')
param name string

@description('Azure region (a system topic lives where its source does).')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the storage account whose events the topic publishes.')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
