"""Quantities told in words: numbers, lengths of time, clock times, how often, ages.

What a message says of "how long" and "how many" ("started 25 minutes ago", "since
twenty past two and it's now ten past three", "four nights a week", "my 8-year-old"),
read from plain text for the intake (``crampcare.intake.measures`` puts them in).
Nothing here knows the intake's model.
"""
