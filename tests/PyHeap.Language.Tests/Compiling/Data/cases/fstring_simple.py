s = f'{x}'
t = f'a{x}b'
