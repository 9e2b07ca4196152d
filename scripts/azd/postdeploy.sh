#!/bin/sh
# azd postdeploy hook: subscribe the blob trigger (Event Grid source) to BlobCreated events of `incoming`.
# It runs after `azd deploy` because the webhook URL needs the host's `blobs_extension` system key, which exists
# only once the deployed app (with its Event Grid blob trigger) has started, and because Event Grid validates the
# webhook when the subscription is created. The key never leaves Azure: this script only waits until it exists;
# infra/eventgrid/subscription.bicep reads it with listKeys inside the deployment.
set -eu

: "${AZURE_SUBSCRIPTION_ID:?run this through azd (azd up or azd deploy)}"
: "${AZURE_RESOURCE_GROUP:?run this through azd (azd up or azd deploy)}"
: "${AZURE_FUNCTION_APP_NAME:?run this through azd (azd up or azd deploy)}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?run this through azd (azd up or azd deploy)}"
: "${AZURE_STORAGE_ACCOUNT_NAME:?run this through azd (azd up or azd deploy)}"
incoming="${AZURE_INCOMING_CONTAINER_NAME:-incoming}"
root=$(cd "$(dirname "$0")/../.." && pwd)

if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required; install it and run 'az login', then 'azd hooks run postdeploy'." >&2
  exit 1
fi

# azd has its own sign-in: `azd auth login` does not sign the Azure CLI in. Say so now rather than wait for a key.
if ! account_error=$(az account show --subscription "$AZURE_SUBSCRIPTION_ID" --output none 2>&1); then
  echo "postdeploy: the Azure CLI is not signed in to subscription $AZURE_SUBSCRIPTION_ID (azd's sign-in does not cover az):" >&2
  echo "$account_error" >&2
  echo "postdeploy: run 'az login' (and 'az account set --subscription $AZURE_SUBSCRIPTION_ID'), then 'azd hooks run postdeploy'." >&2
  exit 1
fi

# Listing keys also wakes the host; the blob extension registers its key when it starts with the trigger loaded.
attempt=1
max_attempts=30
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
while :; do
  present=$(az functionapp keys list \
    --subscription "$AZURE_SUBSCRIPTION_ID" -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" \
    --query 'systemKeys.blobs_extension != `null`' -o tsv 2>"$errors" || echo false)
  [ "$present" = "true" ] && break
  if [ "$attempt" -ge "$max_attempts" ]; then
    echo "postdeploy: the blobs_extension key did not appear after $max_attempts attempts. The last answer of 'az functionapp keys list':" >&2
    cat "$errors" >&2
    echo "postdeploy: check that the app deployed and started (Application Insights, 'Storage refused access' lines while roles propagate), then run 'azd hooks run postdeploy'." >&2
    exit 1
  fi
  echo "postdeploy: waiting for the Functions host to create the blobs_extension key ($attempt/$max_attempts)..."
  attempt=$((attempt + 1))
  sleep 10
done

echo "postdeploy: subscribing ProcessUpload to BlobCreated events of '$incoming'..."
az deployment group create \
  --subscription "$AZURE_SUBSCRIPTION_ID" \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name incoming-blob-created \
  --template-file "$root/infra/eventgrid/subscription.bicep" \
  --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" \
               systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
               incomingContainerName="$incoming" \
               storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" \
               deadLetterContainerName="${AZURE_DEADLETTER_CONTAINER_NAME:-deadletter}" \
  --output none
echo "postdeploy: done. Upload a report into '$incoming' and it is published to ${AZURE_STATIC_WEBSITE_URL:-the static website}."
