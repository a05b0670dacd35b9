using System.Reflection;
using Xunit;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>The run-time check of generated classes fails on a class that throws, such as one whose data does not decode.</summary>
public class GeneratedCatalogsCheckTests
{
    [Fact]
    public void A_catalog_class_whose_static_constructor_throws_fails_the_check()
    {
        var compilation = GeneratorHarness.CreateCompilation(
            """
            /// <summary>Throws on first use, as a class whose data does not decode would.</summary>
            public static class BrokenPorts
            {
                private static readonly int[] Data = Decode();

                /// <summary>Every entry.</summary>
                public static int[] All => Data;

                /// <summary>Entries on a port.</summary>
                public static int[] Find(int port) => Data;

                /// <summary>An entry by name.</summary>
                public static bool TryGet(string name, out int entry) { entry = Data[0]; return false; }

                private static int[] Decode() => throw new System.InvalidOperationException("the data does not decode");
            }
            """);
        var thrown = Assert.ThrowsAny<TargetInvocationException>(() => GeneratedCatalogs.Exercise(compilation));
        Assert.Contains("the data does not decode", thrown.InnerException!.InnerException!.Message, System.StringComparison.Ordinal);
    }
}
