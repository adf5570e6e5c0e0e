"""``python -m kcc_papers`` runs the command line."""

from kcc_papers.cli import console

if __name__ == "__main__":
    console()
