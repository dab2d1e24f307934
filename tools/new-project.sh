#!/usr/bin/env bash
# Lays out a project the way every project here is laid out: tools/new-project.sh libs/totals type:domain
set -euo pipefail
dir=$1; tag=$2; name=$(basename "$dir")
depth=$(echo "$dir" | awk -F/ '{print NF}'); up=$(printf '../%.0s' $(seq 1 "$depth"))
mkdir -p "$dir/src"
cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "$([ "${dir%%/*}" = apps ] && echo application || echo library)",
  "tags": ["$tag"],
  "targets": {
    "lint": {
      "executor": "@nx/eslint:lint",
      "options": { "lintFilePatterns": ["$dir/src"] }
    },
    "test": {
      "executor": "@nx/jest:jest",
      "options": { "jestConfig": "$dir/jest.config.cjs", "passWithNoTests": false }
    }
  }
}
JSON
cat > "$dir/jest.config.cjs" <<JS
module.exports = {
  ...require('${up}jest.preset.cjs'),
  displayName: '$name',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\\\.integration\\\\.spec\\\\.ts\$'],
};
JS
[ -f "$dir/src/index.ts" ] || [ "${dir%%/*}" = apps ] || echo "export {};" > "$dir/src/index.ts"
