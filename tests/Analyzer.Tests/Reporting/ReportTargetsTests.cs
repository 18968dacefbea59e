using System.Net.Sockets;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Reporting;

namespace Analyzer.Tests.Reporting;

/// <summary>
/// Where a report may be written, decided from what is really on disk: these tests never write a report, so a
/// device named here is only looked at.
/// </summary>
public sealed class ReportTargetsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("analyzer-targets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_NewFile_Accepted()
    {
        Assert.Empty(Check(At("new.csv")));
    }

    [Fact]
    public void Check_ExistingEmptyRegularFile_Accepted()
    {
        File.WriteAllBytes(At("empty.csv"), []);

        Assert.Empty(Check(At("empty.csv")));
    }

    [Fact]
    public void Check_ExistingEarlierReport_Accepted()
    {
        File.WriteAllText(At("old.csv"), "id,score\n");

        Assert.Empty(Check(At("old.csv")));
    }

    [Fact]
    public void Check_NamedPipe_RefusedNamingAPipe()
    {
        Assert.Equal(0, Shell("mkfifo", At("pipe.csv")));

        var problem = Assert.Single(Check(At("pipe.csv")));

        Assert.Equal(At("pipe.csv"), problem.Path);
        Assert.Equal("--out names a named pipe (FIFO), not a regular file; a report replaces only a regular file, so name another file.", problem.Message);
    }

    [Fact]
    public void Check_DevNull_RefusedNamingACharacterDevice()
    {
        var problem = Assert.Single(Check("/dev/null"));

        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("names a character device, not a regular file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Socket_RefusedNamingASocket()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(At("socket.csv")));

        var problem = Assert.Single(Check(At("socket.csv")));

        Assert.Contains("names a socket, not a regular file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LinkToNothing_RefusedAsALink()
    {
        File.CreateSymbolicLink(At("dangling.csv"), At("no-such-file"));

        var problem = Assert.Single(Check(At("dangling.csv")));

        Assert.Contains("names a symbolic link", problem.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(At("no-such-file")));
    }

    [Fact]
    public void Check_LinkToADevice_RefusedAsALink()
    {
        File.CreateSymbolicLink(At("null.csv"), "/dev/null");

        var problem = Assert.Single(Check(At("null.csv")));

        Assert.Contains("names a symbolic link", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Folder_RefusedAsNotAFile()
    {
        var problem = Assert.Single(Check(_folder));

        Assert.Equal("--out needs the name of a file to write, not a folder or an empty name.", problem.Message);
    }

    private static IReadOnlyList<Diagnostic> Check(string path) => ReportTargets.Check([("--out", path)], []);

    private string At(string name) => Path.Combine(_folder, name);

    private static int Shell(string command, params string[] args)
    {
        using var process = System.Diagnostics.Process.Start(command, args);
        process.WaitForExit();
        return process.ExitCode;
    }
}
