"""python -m cleantext"""

from cleantext.cli import main

main()
