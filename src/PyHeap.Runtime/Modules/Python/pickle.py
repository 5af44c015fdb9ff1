# PyHeap's pickle: only the exceptions of Lib/pickle.py (3.11). Objects cross between PyHeap's simulated processes
# through a copier that follows pickle's rules (src/PyHeap.Runtime/Processes/ProcessCopier.cs); there is no byte
# format, so dumps/loads are not offered. The classes say they come from _pickle, as the C accelerator's do.

class PickleError(Exception):
    __module__ = '_pickle'

class PicklingError(PickleError):
    __module__ = '_pickle'

class UnpicklingError(PickleError):
    __module__ = '_pickle'


HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
