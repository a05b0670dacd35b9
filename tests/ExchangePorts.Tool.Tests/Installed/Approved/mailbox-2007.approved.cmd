@echo off
setlocal EnableExtensions DisableDelayedExpansion
rem exchange-ports firewall --role Mailbox --exchange 2007 --allow-any --format netsh
rem The inbound Windows Firewall rules a server of role Mailbox needs. Each rule is deleted by name before it is added, so the file can run again.
rem Note: ExchangePorts.HubToMailbox.Rpc ^(Hub -^> Mailbox, 135^): Microsoft does not support restricting traffic between internal Exchange servers and domain controllers; the rule allows any address
rem NOT RESTRICTED: Microsoft does not support restricting traffic between internal Exchange servers and domain controllers: this rule allows any address.
netsh advfirewall firewall delete rule name="ExchangePorts-Mailbox-In-TCP-RPCEPMap-from-Hub" >nul 2>&1
netsh advfirewall firewall add rule name="ExchangePorts-Mailbox-In-TCP-RPCEPMap-from-Hub" dir=in action=allow protocol=TCP localport=RPC-EPMap remoteip=any description="NOT RESTRICTED: Microsoft does not support restricting traffic between internal Exchange servers and domain controllers. ExchangePorts.HubToMailbox.Rpc (135/TCP). Source: https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb331973(v=exchg.80)"
rem NOT RESTRICTED: Microsoft does not support restricting traffic between internal Exchange servers and domain controllers: this rule allows any address.
netsh advfirewall firewall delete rule name="ExchangePorts-Mailbox-In-TCP-RPC-from-Hub" >nul 2>&1
netsh advfirewall firewall add rule name="ExchangePorts-Mailbox-In-TCP-RPC-from-Hub" dir=in action=allow protocol=TCP localport=RPC remoteip=any description="NOT RESTRICTED: Microsoft does not support restricting traffic between internal Exchange servers and domain controllers. ExchangePorts.HubToMailbox.Rpc (135/TCP): the dynamic RPC range that RPC on 135 hands ports out of (Windows' default, 49152-65535). Source: https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb331973(v=exchg.80)"
