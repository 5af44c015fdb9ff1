@dataclass
class C:
    x: int = 0
