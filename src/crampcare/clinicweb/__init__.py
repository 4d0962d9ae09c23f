"""The clinic server's face: sign-in, accounts, consent and the clinician's pages.

Only a multi-user server (``multi_user`` setting) loads it; the single-person app
in ``crampcare.web`` wires it in and lends it the shared web parts (templates,
CSRF, the /api/v1 registry, diary exports). Like ``web`` and ``cli`` it is a face:
the core never imports it.
"""
