using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using PortCatalog;
using Xunit;

namespace ExchangePorts.Probe.Tests;

/// <summary>
/// Real sockets on loopback for the probe's verdicts, no mocks: a listener (open), a port nobody listens on
/// (closed), a listener whose accept queue is full, which drops further handshakes (filtered), and a DNS
/// server that answers.
/// </summary>
internal sealed class LoopbackHosts : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public static PortDefinition Entry(string name, int port, PortTransport transport = PortTransport.Tcp, int lastPort = 0) =>
        new("Test", name, name, port, lastPort == 0 ? port : lastPort, transport, "Here", "There", "Service", string.Empty, string.Empty, "https://example.org/" + name, string.Empty, "Here", "There");

    /// <summary>A port with a listener that accepts.</summary>
    public int Open()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _owned.Add(new Disposer(listener.Stop));
        _ = AcceptForeverAsync(listener);
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A port nobody listens on: bound once to find a free one, then let go.</summary>
    public static int Closed()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>A port whose handshakes get no answer (<see cref="DroppingListener"/>).</summary>
    public int Filtered() => DroppingListener.Open(_owned);

    /// <summary>A port whose service writes <paramref name="greeting"/> on connect, over TLS with a self-signed certificate when asked.</summary>
    public int Greeting(string greeting, bool tls = false)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _owned.Add(new Disposer(listener.Stop));
        _ = GreetForeverAsync(listener, greeting, tls ? SelfSigned() : null);
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A real SMTP server (the SmtpServer package) on a port of its own; with <paramref name="startTls"/> it has a
    /// self-signed certificate and so offers STARTTLS after EHLO, as an Exchange receive connector does.
    /// </summary>
    public int Smtp(bool startTls)
    {
        var endpoint = new SmtpServer.EndpointDefinitionBuilder().Endpoint(new IPEndPoint(IPAddress.Loopback, 0));
        if (startTls)
        {
            endpoint.Certificate(SelfSigned());
        }

        var options = new SmtpServer.SmtpServerOptionsBuilder().ServerName("mail.contoso.com").Endpoint(endpoint.Build()).Build();
        var listeners = new SmtpServer.Net.EndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new System.Threading.CancellationTokenSource();
        _ = server.StartAsync(stop.Token);
        _owned.Add(new Disposer(() =>
        {
            stop.Cancel();
            stop.Dispose();
        }));
        Assert.True(started.Task.Wait(TimeSpan.FromSeconds(10)), "the SMTP server did not start");
        return started.Task.Result;
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 SelfSigned()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=localhost", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx), null);
    }

    private static async Task GreetForeverAsync(TcpListener listener, string greeting, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync();
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        try
                        {
                            System.IO.Stream stream = client.GetStream();
                            if (certificate is not null)
                            {
                                var ssl = new System.Net.Security.SslStream(stream);
                                await ssl.AuthenticateAsServerAsync(certificate);
                                stream = ssl;
                            }

                            var bytes = System.Text.Encoding.ASCII.GetBytes(greeting + "\r\n");
                            await stream.WriteAsync(bytes);
                            await Task.Delay(200);
                        }
                        catch (Exception exception) when (exception is System.IO.IOException or System.Security.Authentication.AuthenticationException or SocketException)
                        {
                        }
                    }
                });
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
    }

    /// <summary>A UDP port that answers DNS queries with an empty answer of the same ID.</summary>
    public int Dns()
    {
        var server = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        _owned.Add(server);
        _ = AnswerForeverAsync(server);
        return ((IPEndPoint)server.Client.LocalEndPoint!).Port;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    private static async Task AcceptForeverAsync(TcpListener listener)
    {
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
    }

    private static async Task AnswerForeverAsync(UdpClient server)
    {
        try
        {
            while (true)
            {
                var query = await server.ReceiveAsync();
                var answer = (byte[])query.Buffer.Clone();
                answer[2] |= 0x80;
                await server.SendAsync(answer, answer.Length, query.RemoteEndPoint);
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException)
        {
        }
    }

    private sealed class Disposer(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
