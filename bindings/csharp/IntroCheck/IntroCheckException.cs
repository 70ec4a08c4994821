namespace IntroCheck;

/// <summary>A failure reported by libintrocheck. <see cref="Status"/> is the C status code.</summary>
public class IntroCheckException : Exception
{
    /// <summary>The INTROCHECK_E_* status code.</summary>
    public int Status { get; }

    /// <summary>Creates the exception for a status and the library's message.</summary>
    public IntroCheckException(int status, string message) : base(message) => Status = status;
}

internal static class Ensure
{
    /// <summary>Throws for a failed call: ArgumentException for bad arguments,
    /// IntroCheckException for bad input data and the rest.</summary>
    internal static void Ok(int status)
    {
        if (status == 0) return;
        var message = Native.Text(Native.introcheck_last_error());
        if (string.IsNullOrEmpty(message)) message = Native.Text(Native.introcheck_status_str(status)) ?? "error";
        throw status switch
        {
            -1 => new ArgumentException(message),
            -6 => new ArgumentOutOfRangeException(null, message),
            -7 => new OutOfMemoryException(message),
            _ => new IntroCheckException(status, message),
        };
    }
}
