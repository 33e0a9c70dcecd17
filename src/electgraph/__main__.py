from electgraph.cli import main

main()
