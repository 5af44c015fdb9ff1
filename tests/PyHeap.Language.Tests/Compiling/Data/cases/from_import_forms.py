from os import path
from os.path import join as j, exists
from . import sibling
from ..pkg import mod
