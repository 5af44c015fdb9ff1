import threading
from concurrent.futures import ThreadPoolExecutor
def name(_):
    return threading.current_thread().name
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    print(sorted(set(ex.map(name, range(4)))))
