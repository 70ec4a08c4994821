// One SafeHandle per native handle type, so the runtime frees them even when
// a caller forgets Dispose.
using Microsoft.Win32.SafeHandles;

namespace IntroCheck;

internal sealed class ContextHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ContextHandle() : base(true) { }
    protected override bool ReleaseHandle() { Native.introcheck_context_free(handle); return true; }
}

internal sealed class DatasetHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DatasetHandle() : base(true) { }
    protected override bool ReleaseHandle() { Native.introcheck_dataset_free(handle); return true; }
}

internal sealed class NirReportHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public NirReportHandle() : base(true) { }
    protected override bool ReleaseHandle() { Native.introcheck_nir_report_free(handle); return true; }
}

internal sealed class ResultHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ResultHandle() : base(true) { }
    protected override bool ReleaseHandle() { Native.introcheck_result_free(handle); return true; }
}
