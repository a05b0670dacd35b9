using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace ExchangePorts.Probe.Tests;

/// <summary>
/// A loopback port whose handshakes get no answer, as behind a firewall's drop rule, without root: a listener
/// with an accept queue of one that never accepts, filled by connections, after which Linux drops further SYNs.
/// The probe tests and the probe benchmark both use it.
/// </summary>
internal static class DroppingListener
{
    /// <summary>Opens one and returns its port; the sockets that must stay open go to <paramref name="owned"/>.</summary>
    public static int Open(ICollection<IDisposable> owned)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        owned.Add(listener);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        for (var i = 0; i < 2; i++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            owned.Add(filler);
            try
            {
                filler.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port)).Wait(TimeSpan.FromMilliseconds(300));
            }
            catch (AggregateException)
            {
            }
        }

        return port;
    }
}
