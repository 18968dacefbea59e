using System.Text;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;
using FsCheck;
using FsCheck.Fluent;

namespace Analyzer.Tests.Proposals;

/// <summary>
/// Property-based tests of the reader: on any bytes, and on valid proposals with bytes changed, it returns only its
/// own located diagnostics and never throws. CI runs a short pass; set ANALYZER_FUZZ_RUNS for a longer one.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("ANALYZER_FUZZ_RUNS"), out var n) ? n : 300;

    private static readonly byte[][] Examples =
        [.. ProposalFinder.Find([Repo.Proposals]).Files.Select(File.ReadAllBytes)];

    [Fact]
    public void Read_ArbitraryBytes_OnlyItsOwnDiagnosticsNeverThrows()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => ReadsCleanly(bytes));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Read_ValidProposalWithBytesChanged_OnlyItsOwnDiagnosticsNeverThrows()
    {
        var mutations = from example in Gen.Choose(0, Examples.Length - 1)
                        from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, int.MaxValue), ArbMap.Default.GeneratorFor<byte>())).Select(l => l.Take(8).ToArray())
                        select Mutate(Examples[example], edits);
        var property = Prop.ForAll(mutations.ToArbitrary(), bytes => ReadsCleanly(bytes));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true), property);
    }

    /// <summary>Some edits overwrite a byte, some insert one (the byte's low bit decides): truncation-like and garbage-like damage.</summary>
    private static byte[] Mutate(byte[] original, (int At, byte Value)[] edits)
    {
        var bytes = original.ToList();
        foreach (var (at, value) in edits)
        {
            var index = at % Math.Max(1, bytes.Count);
            if ((value & 1) == 0 && bytes.Count > 0)
            {
                bytes[index] = value;
            }
            else
            {
                bytes.Insert(index, value);
            }
        }
        return [.. bytes];
    }

    private static bool ReadsCleanly(byte[] bytes)
    {
        foreach (var name in new[] { "fuzz.yaml", "fuzz.json" })
        {
            var file = ProposalReader.Read(name, bytes); // an exception fails the property
            if (!file.IsUsable && !file.Problems.Any(p => p.Severity == Severity.Error))
            {
                throw new InvalidOperationException($"{name}: unusable without an error; bytes: {Encoding.UTF8.GetString(bytes)}");
            }
            if (file.Problems.Any(p => p.Path != name || p.ToString().Contains('\n')))
            {
                throw new InvalidOperationException($"{name}: a diagnostic that is not the reader's own line: {string.Join(" | ", file.Problems)}");
            }
        }
        return true;
    }
}
