"""The analysis of cramp diaries: nights, factors, statistics, relief, wording, simulation.

Reads the diary's records (``crampcare.diary.models``): one person's trigger
analysis (``person``), a clinic's pooled one (``population``), and synthetic
diaries with planted triggers to test both (``simulate``). Only ``clinic_store``
reaches into the store, to count a whole clinic's check-ins in the database.
"""
