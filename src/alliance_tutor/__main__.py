from alliance_tutor.cli import main

main()
