o.m(*a)
o.m(**k)
