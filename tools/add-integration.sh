#!/usr/bin/env bash
# Adds the `integration` target (real Kafka and Postgres, one file at a time) to a project.
set -euo pipefail
dir=$1; name=$(basename "$dir"); up=$(printf '../%.0s' $(seq 1 "$(echo "$dir" | awk -F/ '{print NF}')"))
cat > "$dir/jest.integration.config.cjs" <<JS
module.exports = {
  ...require('${up}jest.preset.cjs'),
  displayName: '$name:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.integration.spec.ts'],
  testTimeout: 120000,
};
JS
node -e "
const fs=require('fs');const f='$dir/project.json';const p=JSON.parse(fs.readFileSync(f));
p.targets.integration={executor:'@nx/jest:jest',options:{jestConfig:'$dir/jest.integration.config.cjs',runInBand:true,passWithNoTests:false}};
fs.writeFileSync(f, JSON.stringify(p,null,2)+'\n');"
