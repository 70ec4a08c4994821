// One SafeHandle per native handle type, so the runtime frees them even when
// a caller forgets Dispose. A handle made from a context keeps the context's
// handle alive (DangerousAddRef) until it is released itself, so disposing a
// Context first is safe.
using Microsoft.Win32.SafeHandles;

namespace IntroCheck;

internal sealed class ContextHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ContextHandle() : base(true) { }
    protected override bool ReleaseHandle() { Native.introcheck_context_free(handle); return true; }
}

/// <summary>A native handle that holds a reference on its context's handle.</summary>
internal abstract class ChildHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private ContextHandle? _context;

    protected ChildHandle() : base(true) { }

    /// <summary>Keeps <paramref name="context"/> alive until this handle is released.</summary>
    internal void Hold(ContextHandle context)
    {
        bool added = false;
        context.DangerousAddRef(ref added);
        if (added) _context = context;
    }

    protected abstract void Free(nint native);

    protected override bool ReleaseHandle()
    {
        Free(handle);
        _context?.DangerousRelease();
        _context = null;
        return true;
    }
}

internal sealed class DatasetHandle : ChildHandle
{
    protected override void Free(nint native) => Native.introcheck_dataset_free(native);
}

internal sealed class NirReportHandle : ChildHandle
{
    protected override void Free(nint native) => Native.introcheck_nir_report_free(native);
}

internal sealed class ResultHandle : ChildHandle
{
    protected override void Free(nint native) => Native.introcheck_result_free(native);
}
