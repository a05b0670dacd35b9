using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Files;
using ExchangePorts.Tests.Shared;
using Xunit;

namespace ExchangePorts.Operations.Tests.Files;

/// <summary>
/// What a command reads is the regular file it checked, read once: never a FIFO swapped in after the check (whose
/// open would wait for a writer forever), never the same file twice under two paths.
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("exchangeports-input").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SystemToolFact("mkfifo")]
    public void A_FIFO_is_opened_without_waiting_and_given_back_as_not_regular()
    {
        var fifo = Path.Combine(folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)!)
        {
            mkfifo.WaitForExit();
        }

        var opened = Task.Run(() => UnixFile.OpenRegular(fifo));
        Assert.True(opened.Wait(TimeSpan.FromSeconds(5)), "opening a FIFO waited for a writer");
        Assert.Null(opened.Result.File);
        Assert.Equal(UnixFile.Kind.Other, opened.Result.Status.Kind);
    }

    [SystemToolFact("mkfifo")]
    public void A_path_swapped_between_a_file_and_a_FIFO_is_read_or_refused_never_waited_on()
    {
        var file = Path.Combine(folder, "real.ports.csv");
        File.WriteAllText(file, "group,name,port,transport\nWeb,Https,443,tcp\n");
        var fifo = Path.Combine(folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo)!)
        {
            mkfifo.WaitForExit();
        }

        var link = Path.Combine(folder, "x.ports.csv");
        using var stop = new CancellationTokenSource();
        var flipper = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var next = link + ".next";
                File.Delete(next);
                File.CreateSymbolicLink(next, i % 2 == 0 ? file : fifo);
                File.Move(next, link, overwrite: true);
            }
        });

        try
        {
            for (var i = 0; i < 300; i++)
            {
                var read = Task.Run(() =>
                {
                    try
                    {
                        return InputFile.ReadText(link, "--catalog");
                    }
                    catch (OperationsException refused)
                    {
                        return refused.Lines[0];
                    }
                });
                Assert.True(read.Wait(TimeSpan.FromSeconds(5)), "a read waited on a FIFO");
            }
        }
        finally
        {
            stop.Cancel();
            flipper.Wait();
        }
    }

    [SystemToolFact("ln")]
    public void A_catalog_named_by_two_paths_is_read_once()
    {
        var file = Path.Combine(folder, "a.ports.csv");
        File.WriteAllText(file, "group,name,port,transport\nWeb,Https,443,tcp\n");
        var link = Path.Combine(folder, "b.ports.csv");
        File.CreateSymbolicLink(link, file);
        var set = CatalogSet.Load([], [file, Path.Combine(folder, ".", "a.ports.csv"), link, "/proc/self/root" + file]);
        Assert.Single(set.Entries);
    }
}
