using System.Text;
using Analyzer.Core.Drafting;

namespace Analyzer.Tests.Drafting;

public sealed class DraftFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("analyzer-draft-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Check_NewYamlFileInAnExistingFolder_IsWritable()
    {
        Assert.Null(DraftFile.Check(At("draft.yaml"), force: false));
        Assert.Null(DraftFile.Check(At("draft.YML"), force: false));
    }

    [Fact]
    public void Check_SymbolicLink_RefusedEvenWithForce()
    {
        File.WriteAllText(At("real.yaml"), "id: x\ntitle: t\n");
        File.CreateSymbolicLink(At("link.yaml"), At("real.yaml"));
        File.CreateSymbolicLink(At("dangling.yaml"), At("nowhere.yaml"));

        Assert.Contains("symbolic link", DraftFile.Check(At("link.yaml"), force: true)!.Message, StringComparison.Ordinal);
        Assert.Contains("symbolic link", DraftFile.Check(At("dangling.yaml"), force: true)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExistingEmptyEntry_RefusedEvenWithForce()
    {
        File.WriteAllBytes(At("empty.yaml"), []);

        Assert.Contains("empty entry", DraftFile.Check(At("empty.yaml"), force: true)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Folder_Refused()
    {
        Directory.CreateDirectory(At("folder.yaml"));

        Assert.Contains("not a folder", DraftFile.Check(At("folder.yaml"), force: true)!.Message, StringComparison.Ordinal);
        Assert.Contains("not a folder", DraftFile.Check("", force: false)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FileAppearedAfterTheCheckWithoutForce_RefusedAndNothingLeftBehind()
    {
        File.WriteAllText(At("draft.yaml"), "theirs");

        Assert.ThrowsAny<IOException>(() => DraftFile.Write(At("draft.yaml"), Encoding.UTF8.GetBytes("ours"), force: false));

        Assert.Equal("theirs", File.ReadAllText(At("draft.yaml")));
        Assert.Equal([At("draft.yaml")], Directory.GetFiles(_dir));
    }

    [Fact]
    public void Write_WithForce_ReplacesTheFileAndKeepsItsPermissions()
    {
        File.WriteAllText(At("draft.yaml"), "old");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(At("draft.yaml"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        DraftFile.Write(At("draft.yaml"), Encoding.UTF8.GetBytes("new"), force: true);

        Assert.Equal("new", File.ReadAllText(At("draft.yaml")));
        Assert.Equal([At("draft.yaml")], Directory.GetFiles(_dir));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(At("draft.yaml")));
        }
    }

    private string At(string name) => Path.Combine(_dir, name);
}
