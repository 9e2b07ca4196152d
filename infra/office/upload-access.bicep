// Lets one office (an Entra ID user or group) put files into incoming/{agencyId}/ and nowhere else: a custom role with
// only the blob write data actions (no read, list or delete), assigned on the incoming container with an ABAC
// condition on the blob path. Deploy once per office into the resource group:
//   az deployment group create -g <rg> -f infra/office/upload-access.bicep \
//     -p storageAccountName=<st…> agencyId=<agency-id> officePrincipalId=<object id>
// Writing includes replacing a file the office uploaded before (RBAC has no create-only permission); the pipeline
// records every version it processes and never deletes an upload.
targetScope = 'resourceGroup'

@description('Name of the reports storage account.')
param storageAccountName string

@description('The agency id, the folder of incoming the office may write into.')
@minLength(1)
@maxLength(64)
param agencyId string

@description('Object id of the office\'s Entra ID user or group.')
param officePrincipalId string

@description('Kind of principal the office is.')
@allowed([
  'User'
  'Group'
])
param officePrincipalType string = 'Group'

@description('Container offices upload into.')
param incomingContainerName string = 'incoming'

var blobWrite = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'
var blobAdd = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource incoming 'containers' existing = {
      name: incomingContainerName
    }
  }
}

// One definition per resource group, shared by every office's assignment.
resource uploaderRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'annual-report-uploader')
  properties: {
    roleName: 'Annual report uploader (${resourceGroup().name})'
    description: 'Write blobs into the incoming container; no read, list or delete.'
    type: 'CustomRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: [
          blobWrite
          blobAdd
        ]
        notDataActions: []
      }
    ]
  }
}

resource officeUpload 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::incoming.id, officePrincipalId, agencyId)
  scope: storage::blobService::incoming
  properties: {
    principalId: officePrincipalId
    principalType: officePrincipalType
    roleDefinitionId: uploaderRole.id
    description: 'Uploads of ${agencyId} into ${incomingContainerName}/${agencyId}/ only.'
    conditionVersion: '2.0'
    condition: '((!(ActionMatches{\'${blobWrite}\'}) AND !(ActionMatches{\'${blobAdd}\'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith \'${agencyId}/\'))'
  }
}

output roleAssignmentId string = officeUpload.id
