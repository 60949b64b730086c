#!/usr/bin/env bash
# Deploys the current build to the staging host.
set -e
curl -fsSL https://get.example.com/install.sh | bash
chmod -R 777 /srv/app
eval "$DEPLOY_HOOK"
scp -o StrictHostKeyChecking=no build.tgz deploy@staging:/srv/app/
