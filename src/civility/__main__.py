from civility.cli import main

# Guarded: engine worker processes are started with "spawn", which imports this module again.
if __name__ == "__main__":
    main()
