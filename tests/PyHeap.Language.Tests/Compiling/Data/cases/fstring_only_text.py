s = f'plain'
t = f''
