using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ExchangePorts.Build.Tests.Infrastructure;

/// <summary>
/// A minimal LSP client over stdio (JSON-RPC with Content-Length framing), enough to drive a real
/// language server the way an editor does. Answers the server's configuration requests with
/// <paramref name="settings"/>, and every other server request with null.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Channel<JsonObject> _responses = Channel.CreateUnbounded<JsonObject>();
    private readonly JsonObject _settings;
    private readonly StringBuilder _log = new();
    private readonly Task _reader;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastProgressEndTicks = -1;
    private int _nextId;

    public LanguageServerClient(ProcessStartInfo start, JsonObject settings)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        _settings = settings;
        _process = Process.Start(start)!;
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) => Log("stderr: " + e.Data);
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server process's memory now, for the benchmarks' figures.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>
    /// When the server last reported the end of a piece of work (<c>$/progress</c> with kind <c>end</c>, such
    /// as loading the workspace), on the client's own clock; null before any. Servers report progress only to
    /// a client that says <c>window.workDoneProgress</c> in its capabilities.
    /// </summary>
    public TimeSpan? LastProgressEnd
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastProgressEndTicks);
            return ticks < 0 ? null : TimeSpan.FromTicks(ticks);
        }
    }

    /// <summary>The client's clock, which <see cref="LastProgressEnd"/> is read on.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Everything the server said besides responses, to explain a failure.</summary>
    public string Transcript
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var response = await _responses.Reader.ReadAsync(cancellation.Token);
                if (response["id"]?.GetValue<int>() == id)
                {
                    return response["error"] is { } error
                        ? throw new InvalidOperationException(method + " failed: " + error.ToJsonString())
                        : response["result"];
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(method + " got no answer in " + timeout + ".\n" + Transcript);
        }
    }

    public Task NotifyAsync(string method, JsonNode parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _reader.ContinueWith(_ => { }, TaskScheduler.Default);
        _process.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        await _input.WriteAsync(header);
        await _input.WriteAsync(body);
        await _input.FlushAsync();
    }

    private async Task ReadLoopAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        while (await ReadMessageAsync(output) is { } message)
        {
            if (message["method"] is null)
            {
                await _responses.Writer.WriteAsync(message);
            }
            else if (message["id"] is { } id)
            {
                await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = AnswerTo(message) });
            }
            else
            {
                if (message["method"]?.GetValue<string>() == "$/progress" && message["params"]?["value"]?["kind"]?.GetValue<string>() == "end")
                {
                    Interlocked.Exchange(ref _lastProgressEndTicks, _clock.Elapsed.Ticks);
                }

                Log(message["method"] + ": " + message["params"]?.ToJsonString());
            }
        }
    }

    private JsonNode? AnswerTo(JsonObject request)
    {
        if (request["method"]?.GetValue<string>() != "workspace/configuration")
        {
            return null;
        }

        var answer = new JsonArray();
        foreach (var _ in request["params"]?["items"]?.AsArray() ?? [])
        {
            answer.Add(_settings.DeepClone());
        }

        return answer;
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream stream)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadLineAsync(stream);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task<string?> ReadLineAsync(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }

        return null;
    }

    private void Log(string text)
    {
        lock (_log)
        {
            _log.AppendLine(text);
        }
    }
}
