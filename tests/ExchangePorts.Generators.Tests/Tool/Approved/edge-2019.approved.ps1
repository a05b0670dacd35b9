# exchange-ports firewall --role Edge --exchange 2019 --allow Internet=Any --allow Mailbox=10.1.0.0/24 --allow ExchangeOnline=Any --format powershell
# The inbound Windows Firewall rules a server of role Edge needs. Running the script again replaces them: it first removes the rules of its group.
# Note: Exchange2019Ports.EdgeAdLds.Ldap (50389): local to the server, no rule needed
Remove-NetFirewallRule -Group 'ExchangePorts Edge inbound' -ErrorAction SilentlyContinue

New-NetFirewallRule -Name 'ExchangePorts-Edge-In-Exchange2019Ports.InternetToEdge.Smtp-TCP-from-Internet' -DisplayName 'Exchange: Internet -> Edge, SMTP 25/TCP' -Group 'ExchangePorts Edge inbound' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 25 -RemoteAddress Any -Description 'Exchange2019Ports.InternetToEdge.Smtp (25/TCP). Source: https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/network-ports'

New-NetFirewallRule -Name 'ExchangePorts-Edge-In-Exchange2019Ports.MailboxToEdge.Smtp-TCP-from-Mailbox' -DisplayName 'Exchange: Mailbox -> Edge, SMTP 25/TCP' -Group 'ExchangePorts Edge inbound' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 25 -RemoteAddress 10.1.0.0/24 -Description 'Exchange2019Ports.MailboxToEdge.Smtp (25/TCP). Source: https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/network-ports'

New-NetFirewallRule -Name 'ExchangePorts-Edge-In-Exchange2019Ports.EdgeSync.SecureLdap-TCP-from-Mailbox' -DisplayName 'Exchange: Mailbox -> Edge, LDAP over SSL (LDAPS) 50636/TCP' -Group 'ExchangePorts Edge inbound' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 50636 -RemoteAddress 10.1.0.0/24 -Description 'Exchange2019Ports.EdgeSync.SecureLdap (50636/TCP). Source: https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/network-ports'

New-NetFirewallRule -Name 'ExchangePorts-Edge-In-Exchange2019Ports.EdgeTransport.Smtp-TCP-from-Internet' -DisplayName 'Exchange: Internet -> Edge, SMTP 25/TCP' -Group 'ExchangePorts Edge inbound' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 25 -RemoteAddress Any -Description 'Exchange2019Ports.EdgeTransport.Smtp (25/TCP). Source: https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors'

New-NetFirewallRule -Name 'ExchangePorts-Edge-In-Exchange2019Ports.Hybrid.Smtp-TCP-from-ExchangeOnline' -DisplayName 'Exchange: ExchangeOnline -> Edge, SMTP 25/TCP' -Group 'ExchangePorts Edge inbound' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 25 -RemoteAddress Any -Description 'Exchange2019Ports.Hybrid.Smtp (25/TCP). Source: https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites'
