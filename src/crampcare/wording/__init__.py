"""How people write: the writing systems of a message (:mod:`.scripts`), the languages and
dialects in it (:mod:`.language`), and the spellings it uses for words the reader knows
(:mod:`.spelling`). The reader (:mod:`crampcare.intake`) puts a text through these before
it looks for what the text means.
"""
