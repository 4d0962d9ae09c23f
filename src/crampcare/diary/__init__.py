"""The cramp diary: records, storage, analysis, charts and exports."""
