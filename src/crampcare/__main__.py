"""``python -m crampcare`` runs the command line."""

from crampcare.cli import main

main()
