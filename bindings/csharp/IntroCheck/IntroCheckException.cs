// Exceptions mapped from the C ABI's status codes, by the table in
// bindings/README.md that the Python binding follows too.
namespace IntroCheck;

/// <summary>A failure reported by libintrocheck: the base of every exception the binding throws for a
/// status. <see cref="Status"/> is the C status code.</summary>
public class IntroCheckException : Exception
{
    /// <summary>The INTROCHECK_E_* status code.</summary>
    public int Status { get; }

    /// <summary>Creates the exception for a status and the library's message.</summary>
    public IntroCheckException(int status, string message) : base(message) => Status = status;
}

/// <summary>A bad argument: null, a bad size or value, invalid UTF-8 (INTROCHECK_E_INVALID).</summary>
public sealed class IntroCheckArgumentException(int status, string message) : IntroCheckException(status, message);

/// <summary>Input data is malformed or not in the expected encoding (E_PARSE, E_ENCODING).</summary>
public sealed class IntroCheckDataException(int status, string message) : IntroCheckException(status, message);

/// <summary>Input exceeds a configured limit (E_LIMIT).</summary>
public sealed class IntroCheckLimitException(int status, string message) : IntroCheckException(status, message);

/// <summary>A file could not be read (E_IO).</summary>
public sealed class IntroCheckIOException(int status, string message) : IntroCheckException(status, message);

/// <summary>An index past the end (E_RANGE).</summary>
public sealed class IntroCheckIndexException(int status, string message) : IntroCheckException(status, message);

/// <summary>The library ran out of memory (E_NOMEM).</summary>
public sealed class IntroCheckMemoryException(int status, string message) : IntroCheckException(status, message);

/// <summary>A bug in introcheck (E_INTERNAL, or a status this binding does not know).</summary>
public sealed class IntroCheckInternalException(int status, string message) : IntroCheckException(status, message);

internal static class Ensure
{
    /// <summary>The exception for a failed status, with the library's message.</summary>
    internal static IntroCheckException ErrorFor(int status, string message) => status switch
    {
        Abi.INTROCHECK_E_INVALID => new IntroCheckArgumentException(status, message),
        Abi.INTROCHECK_E_IO => new IntroCheckIOException(status, message),
        Abi.INTROCHECK_E_PARSE => new IntroCheckDataException(status, message),
        Abi.INTROCHECK_E_ENCODING => new IntroCheckDataException(status, message),
        Abi.INTROCHECK_E_LIMIT => new IntroCheckLimitException(status, message),
        Abi.INTROCHECK_E_RANGE => new IntroCheckIndexException(status, message),
        Abi.INTROCHECK_E_NOMEM => new IntroCheckMemoryException(status, message),
        Abi.INTROCHECK_E_INTERNAL => new IntroCheckInternalException(status, message),
        _ => new IntroCheckInternalException(status, message),
    };

    /// <summary>Throws for a failed call; returns for INTROCHECK_OK.</summary>
    internal static void Ok(int status)
    {
        if (status == Abi.INTROCHECK_OK) return;
        var message = Native.Text(Native.introcheck_last_error());
        if (string.IsNullOrEmpty(message)) message = Native.Text(Native.introcheck_status_str(status)) ?? "error";
        throw ErrorFor(status, message);
    }
}
