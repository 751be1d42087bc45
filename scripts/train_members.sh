#!/usr/bin/env bash
# Trains the members of the bundled ensemble: one U-Net per subject fold, all sharing one test split
# (20% of the subjects, split seed 0) that no member sees. Resumable: rerun to continue.
# Usage: scripts/train_members.sh [DATA_DIR] [OUT_DIR] [EPOCHS]
set -euo pipefail
data=${1:-../shared/hc18}
out=${2:-runs/ensemble}
epochs=${3:-30}
folds=4
for k in $(seq 0 $((folds - 1))); do
  dir="$out/member$k"
  [ -f "$dir/model/model_card.json" ] && continue
  resume=()
  [ -f "$dir/training_state.json" ] && resume=(--resume)
  .venv/bin/fetalhc train "$data" --out "$dir" --epochs "$epochs" --image-size 128x192 \
    --test-fraction 0.2 --split-seed 0 --folds "$folds" --fold "$k" --seed "$k" "${resume[@]}"
done
