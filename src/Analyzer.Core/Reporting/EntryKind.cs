using System.Runtime.InteropServices;

namespace Analyzer.Core.Reporting;

/// <summary>What a path names in the file system itself, a link not followed.</summary>
internal enum EntryKind
{
    Missing,
    RegularFile,
    Folder,
    SymbolicLink,
    CharacterDevice,
    BlockDevice,
    NamedPipe,
    Socket,
    Other,
}

/// <summary>
/// The real type of a file-system entry (lstat). .NET shows a device, a pipe or a socket as a plain file of length 0,
/// and renaming a report over one replaces it, so the type is asked of the kernel. This uses Linux's <c>statx</c>,
/// whose record has one layout on every processor; elsewhere, or on a C library without it, the answer is
/// <see langword="null"/> ("cannot tell") and the caller stays on its cautious side.
/// </summary>
internal static class EntryKinds
{
    private const int CurrentFolder = -100;        // AT_FDCWD: a relative path is taken from the working folder
    private const int DoNotFollowLinks = 0x100;    // AT_SYMLINK_NOFOLLOW
    private const uint TypeOnly = 0x1;             // STATX_TYPE
    private const int RecordSize = 256;            // sizeof(struct statx)
    private const int ModeOffset = 28;             // offsetof(struct statx, stx_mode), a 16-bit field
    private const int NoSuchEntry = 2;             // ENOENT
    private const int NotAFolderOnTheWay = 20;     // ENOTDIR

    public static EntryKind? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var record = new byte[RecordSize];
        int result;
        try
        {
            result = Statx(CurrentFolder, path, DoNotFollowLinks, TypeOnly, record);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // a C library older than glibc 2.28 or musl 1.2.5
        }
        if (result != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is NoSuchEntry or NotAFolderOnTheWay ? EntryKind.Missing : null;
        }
        var mode = BitConverter.ToUInt16(record, ModeOffset);
        return (mode & 0xF000) switch // S_IFMT
        {
            0x8000 => EntryKind.RegularFile,
            0x4000 => EntryKind.Folder,
            0xA000 => EntryKind.SymbolicLink,
            0x2000 => EntryKind.CharacterDevice,
            0x6000 => EntryKind.BlockDevice,
            0x1000 => EntryKind.NamedPipe,
            0xC000 => EntryKind.Socket,
            _ => EntryKind.Other,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] record);
}
