// Subscribes the blob trigger (Event Grid source) to BlobCreated events of the incoming container.
// Deployed by scripts/azd/postdeploy.sh AFTER `azd deploy`: the webhook needs the host's `blobs_extension`
// system key, which the Functions host creates only once the deployed code with an Event Grid blob trigger
// has started; Event Grid also validates the webhook on creation, which only the running blob extension answers.
targetScope = 'resourceGroup'

@description('Name of the Function App hosting the blob trigger.')
param functionAppName string

@description('Name of the storage account system topic.')
param systemTopicName string

@description('Name of the blob-triggered function (the [Function] name).')
param functionName string = 'ProcessUpload'

@description('Container whose completed uploads trigger the function.')
param incomingContainerName string = 'incoming'

@description('Name of the storage account holding the dead-letter container.')
param storageAccountName string

@description('Container where events are dead-lettered after the retry policy gives up.')
param deadLetterContainerName string = 'deadletter'

@description('Name of the event subscription.')
param subscriptionName string = 'incoming-blob-created'

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

// `host/default` is not a deployable resource type (Bicep has no type for it), so its list action is called by id.
// The key is read at deployment time by ARM and written into the subscription's endpoint URL, which Event Grid
// keeps write-only: it never appears in outputs, app settings or azd's environment.
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', '2024-11-01').systemKeys.blobs_extension

resource blobCreated 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: subscriptionName
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${incomingContainerName}/'
      // Only operations that complete a blob: a block blob's single put or its block-list commit, a server-side
      // copy (az storage blob copy start, StartCopyFromUri), or a Data Lake flush with close. Events of partial
      // writes (PutBlock, append) never reach the trigger.
      advancedFilters: [
        {
          operatorType: 'StringIn'
          key: 'data.api'
          values: [
            'CopyBlob'
            'PutBlob'
            'PutBlockList'
            'FlushWithClose'
          ]
        }
      ]
    }
    // Up to 30 deliveries within 24 hours; what still fails is written to the dead-letter container (never dropped),
    // and the reconciliation sweep (SweepIncoming) publishes the upload meanwhile anyway.
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    // Shared keys are off, so Event Grid writes dead letters with the system topic's identity (Storage Blob Data
    // Contributor on that container only, granted in modules/eventgrid-topic.bicep).
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output subscriptionName string = blobCreated.name
