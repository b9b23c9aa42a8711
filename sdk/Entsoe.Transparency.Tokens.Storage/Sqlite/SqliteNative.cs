using System.Runtime.InteropServices;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Direct entry points into the bundled <c>e_sqlite3</c> library for the fused batch's per-row work: the hashing
/// function's callback and the read-back (an aggregate's callback, or a loop over a statement). Through SQLitePCL each
/// of these calls crosses a safe handle, a provider interface and a full GC transition, and each callback allocates its
/// argument wrappers; per row that overhead was larger than SQLite's own work.
/// </summary>
/// <remarks>
/// Only used when SQLitePCL itself runs on <c>e_sqlite3</c> (<see cref="IsAvailable"/>), so the handles passed here
/// belong to the same library. The accessors run without a GC transition: they neither block nor call back into .NET,
/// and the connection is used by one thread only.
/// </remarks>
internal static unsafe partial class SqliteNative
{
    /// <summary>SQLite's "copy the value now" destructor for results.</summary>
    public static readonly nint Transient = -1;

    private const string Library = "e_sqlite3";

    /// <summary>True when SQLitePCL uses the bundled <c>e_sqlite3</c> library that these entry points bind to.</summary>
    public static bool IsAvailable => string.Equals(SQLitePCL.raw.GetNativeLibraryName(), Library, StringComparison.Ordinal);

    [LibraryImport(Library)]
    public static partial int sqlite3_create_function_v2(
        nint db, byte* name, int argumentCount, int textRepresentation, nint application,
        delegate* unmanaged<nint, int, nint*, void> function, delegate* unmanaged<nint, int, nint*, void> step,
        delegate* unmanaged<nint, void> final, nint destroy);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial nint sqlite3_user_data(nint context);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial long sqlite3_value_int64(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial byte* sqlite3_value_blob(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_value_type(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_value_bytes(nint value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial void sqlite3_result_text(nint context, byte* text, int length, nint destructor);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial void sqlite3_result_error(nint context, byte* message, int length);

    [LibraryImport(Library)]
    public static partial int sqlite3_step(nint statement);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial long sqlite3_column_int64(nint statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_column_type(nint statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial byte* sqlite3_column_blob(nint statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_column_bytes(nint statement, int column);
}
