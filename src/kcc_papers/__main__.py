"""``python -m kcc_papers`` runs the command line."""

from kcc_papers.cli import main

if __name__ == "__main__":
    main()
