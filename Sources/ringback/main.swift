import RingbackCLI

RingbackCommand.main()
