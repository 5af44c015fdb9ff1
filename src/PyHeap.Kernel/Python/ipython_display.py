# IPython.display as PyHeap's notebook kernel provides it, run on the simulated heap (as IPython's own
# Python code runs on the real one). _pyheap_kernel is the native bridge to the client.
import _pyheap_kernel


class UsageError(Exception):
    """Raised for a magic used wrongly or not found (IPython.core.error.UsageError)."""


class StdinNotImplementedError(NotImplementedError):
    """input() was called, but this frontend does not support input requests."""


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False, clear=False, **kwargs):
    """Show each object in the output area: its repr and the rich forms its _repr_*_ methods give."""
    if display_id is True:
        display_id = _pyheap_kernel.new_display_id()
    if transient and 'display_id' in transient:
        display_id = transient['display_id']
    update = kwargs.get('update', False)
    if clear:
        clear_output(wait=True)
    for obj in objs:
        if raw:
            _pyheap_kernel.publish(obj, metadata, display_id, update)
        else:
            _pyheap_kernel.display(obj, metadata, display_id, update)
    if display_id and not update:
        return DisplayHandle(display_id)


def update_display(obj, *, display_id, **kwargs):
    """Replace what display(..., display_id=display_id) showed."""
    kwargs['update'] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    """Clear the cell's output area (with wait, when the next output arrives)."""
    _pyheap_kernel.clear_output(wait)


class DisplayHandle:
    """A handle on one display: update it in place later."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _pyheap_kernel.new_display_id()
        self.display_id = display_id

    def __repr__(self):
        return '<%s display_id=%s>' % (self.__class__.__name__, self.display_id)

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)


class DisplayObject:
    """Data with a rich representation (no files or URLs: the simulated process has no host access)."""

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if url is not None or filename is not None:
            raise ValueError('PyHeap display objects take data only: the simulated process cannot read files or URLs')
        self.data = data
        self.metadata = metadata

    def __repr__(self):
        return '<IPython.core.display.%s object>' % self.__class__.__name__


class HTML(DisplayObject):
    def _repr_html_(self):
        return self.data


class Markdown(DisplayObject):
    def _repr_markdown_(self):
        return self.data


class SVG(DisplayObject):
    def _repr_svg_(self):
        return self.data


class Latex(DisplayObject):
    def _repr_latex_(self):
        return self.data


class Javascript(DisplayObject):
    def _repr_javascript_(self):
        return self.data


class JSON(DisplayObject):
    def _repr_json_(self):
        return self.data


class Pretty(DisplayObject):
    def __repr__(self):
        return str(self.data)


class Image(DisplayObject):
    def __init__(self, data=None, format='png', **kwargs):
        DisplayObject.__init__(self, data, **kwargs)
        self.format = format

    def _repr_png_(self):
        if self.format == 'png':
            return self.data

    def _repr_jpeg_(self):
        if self.format in ('jpeg', 'jpg'):
            return self.data


def display_html(*objs, raw=False, **kwargs):
    for obj in objs:
        display(HTML(obj) if raw else obj, **kwargs)


def display_markdown(*objs, raw=False, **kwargs):
    for obj in objs:
        display(Markdown(obj) if raw else obj, **kwargs)


class InteractiveShell:
    """What get_ipython() returns: runs magics (IPython turns `%name args` into run_line_magic calls)."""

    def run_line_magic(self, magic_name, line):
        return _pyheap_kernel.run_magic('line', magic_name, line, None)

    def run_cell_magic(self, magic_name, line, cell):
        return _pyheap_kernel.run_magic('cell', magic_name, line, cell)

    def system(self, cmd):
        raise UsageError('shell commands (!%s) are not available: the simulated process has no access to the host' % cmd)

    def __repr__(self):
        return '<PyHeap simulated InteractiveShell>'


_shell = InteractiveShell()


def get_ipython():
    return _shell
