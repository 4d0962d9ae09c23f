"""The cramp diary: records, storage, import and export (its analysis is crampcare.analysis)."""
