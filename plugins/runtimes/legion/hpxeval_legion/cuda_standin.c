/* A stand-in for the CUDA driver library (libcuda.so.1), for machines that have no CUDA driver.
 *
 * Why it exists: the Legion and Realm libraries of the `legate` wheel are built with CUDA
 * support. Both list libcuda.so.1 as NEEDED, liblegion calls four driver functions directly,
 * and Realm's CUDA module looks every other entry point up through cuGetProcAddress and
 * asserts when one is missing. Without a driver a Legion program does not even load. This
 * library answers like a driver that sees no device: cuInit reports CUDA_ERROR_NO_DEVICE and
 * every entry point handed out reports the same, so Realm disables its CUDA module and runs
 * on CPUs only. hpxeval compiles it (with the system C compiler) into its cache directory only
 * when no real libcuda.so.1 can be loaded; a real driver always wins.
 */
typedef int CUresult;

enum { CUDA_SUCCESS = 0, CUDA_ERROR_INVALID_VALUE = 1, CUDA_ERROR_NO_DEVICE = 100 };

static CUresult no_device(void) { return CUDA_ERROR_NO_DEVICE; }

CUresult cuInit(unsigned int flags) {
    (void)flags;
    return CUDA_ERROR_NO_DEVICE;
}

CUresult cuDriverGetVersion(int *version) {
    if (version == 0) return CUDA_ERROR_INVALID_VALUE;
    *version = 0;
    return CUDA_ERROR_NO_DEVICE;
}

CUresult cuGetErrorName(CUresult error, const char **name) {
    if (name == 0) return CUDA_ERROR_INVALID_VALUE;
    *name = error == CUDA_ERROR_NO_DEVICE ? "CUDA_ERROR_NO_DEVICE" : "CUDA_ERROR_UNKNOWN";
    return CUDA_SUCCESS;
}

CUresult cuGetErrorString(CUresult error, const char **text) {
    if (text == 0) return CUDA_ERROR_INVALID_VALUE;
    *text = error == CUDA_ERROR_NO_DEVICE ? "no CUDA-capable device (hpxeval CUDA stand-in)" : "unknown error";
    return CUDA_SUCCESS;
}

CUresult cuMemFreeHost(void *pointer) {
    (void)pointer;
    return CUDA_ERROR_NO_DEVICE;
}

CUresult cuMemFree_v2(unsigned long long pointer) {
    (void)pointer;
    return CUDA_ERROR_NO_DEVICE;
}

/* The entry points this file defines are handed out as themselves; every other one reports
 * that there is no device. */
CUresult cuGetProcAddress(const char *symbol, void **pfn, int version, unsigned long long flags, int *status) {
    (void)version;
    (void)flags;
    if (symbol == 0 || pfn == 0) return CUDA_ERROR_INVALID_VALUE;
    static const struct {
        const char *name;
        void *fn;
    } own[] = {
        {"cuInit", (void *)cuInit},
        {"cuDriverGetVersion", (void *)cuDriverGetVersion},
        {"cuGetErrorName", (void *)cuGetErrorName},
        {"cuGetErrorString", (void *)cuGetErrorString},
    };
    *pfn = (void *)no_device;
    for (unsigned i = 0; i < sizeof own / sizeof own[0]; ++i) {
        const char *a = own[i].name, *b = symbol;
        while (*a && *a == *b) ++a, ++b;
        if (*a == 0 && *b == 0) *pfn = own[i].fn;
    }
    if (status != 0) *status = 0; /* CU_GET_PROC_ADDRESS_SUCCESS */
    return CUDA_SUCCESS;
}

CUresult cuGetProcAddress_v2(const char *symbol, void **pfn, int version, unsigned long long flags, int *status) {
    return cuGetProcAddress(symbol, pfn, version, flags, status);
}
