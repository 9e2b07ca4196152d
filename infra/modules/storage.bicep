// The single general-purpose v2 account: uploads (incoming), archive, rejections, the published site ($web),
// the Flex Consumption deployment package, the host's own state, and the reports/uploads tables.
// Shared-key access is off, so every client (Functions host, app, operator) authenticates with Entra ID.
@description('Storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Blob container that receives report data files.')
param incomingContainerName string

@description('Blob containers created besides the incoming one (archive, rejections, deployment package).')
param otherContainerNames array

@description('Tables the app records publications and uploads in.')
param tableNames array

@description('Static website index document.')
param indexDocument string = 'index.html'

@description('Static website 404 document.')
param errorDocument404Path string = '404.html'

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// Static website is a blob-service property. Since Microsoft.Storage 2025-08-01 the resource provider exposes it
// (`staticWebsite`), so it is set here on the control plane: no deployment script, no account key, no data-plane
// role for the deployer. Reads of the web endpoint stay anonymous by design of the static website feature;
// allowBlobPublicAccess=false still keeps every other container private.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-08-01' = {
  parent: storage
  name: 'default'
  properties: {
    staticWebsite: {
      enabled: true
      indexDocument: indexDocument
      errorDocument404Path: errorDocument404Path
    }
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource incomingContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-08-01' = {
  parent: blobService
  name: incomingContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource otherContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-08-01' = [
  for containerName in otherContainerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-08-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-08-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

// Whole-site regeneration batches (queue-triggered RegenerateBatch) and the batches that failed every delivery.
var regenerationQueueNames = [
  'regenerate'
  'regenerate-poison'
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-08-01' = {
  parent: storage
  name: 'default'
}

resource regenerationQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-08-01' = [
  for queueName in regenerationQueueNames: {
    parent: queueService
    name: queueName
  }
]

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
output webEndpoint string = storage.properties.primaryEndpoints.web
output incomingContainerName string = incomingContainer.name
