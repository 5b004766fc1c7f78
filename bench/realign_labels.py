"""Labelled sentences realigned to the reading after the splitter or line joining changes.

    python bench/realign_labels.py [--write] SPLIT...

A drafting corpus file's `sentences` (tests/roles_corpus.py) must be the sentences Winnow reads. When the splitter
changes ("sq. ft." no longer ends a sentence), a text's labels stop matching and its roles drop out of the figures and
the role model's training. Only two changes are realigned, both without a reader's judgement: labelled sentences now
read as one, all with the same role (the joined sentence keeps it), and one labelled sentence now read as several
(each keeps its role). Anything else is counted as unresolved and left for a reader. Prints counts only, never a
sentence: it may be run on held-out sets without showing them.
"""
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from roles_corpus import load, read  # noqa: E402
import reading.draft as D  # noqa: E402
from questions import load_bank  # noqa: E402
from drafting_corpus import CORPUS  # noqa: E402

dr = D.Drafter(load_bank())
write='--write' in sys.argv
for split in [a for a in sys.argv[1:] if not a.startswith('--')]:
    stats={'texts':0,'joined_same':0,'joined_diff':0,'split':0,'unresolved':0}
    for lab in load(split):
        reading,_=read(dr,lab.text); got=[s.text for s in reading.sentences]
        if got==lab.sentences: continue
        stats['texts']+=1
        old=list(zip(lab.sentences,lab.roles,lab.existing)); new=[]; i=j=0; ok=True
        while j<len(got):
            if i<len(old) and got[j]==old[i][0]: new.append(old[i]); i+=1; j+=1; continue
            # join: several old make one new
            k=i; acc=''; 
            while k<len(old) and len(acc)<len(got[j]):
                acc=(acc+' '+old[k][0]) if acc else old[k][0]; k+=1
                if acc==got[j]: break
            if acc==got[j] and k-i>1:
                roles={r for _,r,_ in old[i:k]}
                stats['joined_same' if len(roles)==1 else 'joined_diff']+=1
                role=old[i][1] if len(roles)==1 else None
                new.append((got[j], role, any(e for _,_,e in old[i:k]))); i=k; j+=1; continue
            # split: one old makes several new
            k=j; acc=''
            while k<len(got) and i<len(old) and len(acc)<len(old[i][0]):
                acc=(acc+' '+got[k]) if acc else got[k]; k+=1
                if acc==old[i][0]: break
            if i<len(old) and acc==old[i][0] and k-j>1:
                stats['split']+=1
                new.extend((g,old[i][1],old[i][2]) for g in got[j:k]); i+=1; j=k; continue
            ok=False; break
        if not ok or i!=len(old) or any(r is None for _,r,_ in new):
            stats['unresolved']+=1; continue
        if write:
            path=CORPUS/split/(lab.name+'.yaml'); data=yaml.safe_load(path.read_text(encoding='utf-8'))
            rows=[]
            for t,r,e in new:
                row={'role':r,'text':t}
                if e: row['existing']=True
                rows.append(row)
            raw=path.read_text(encoding='utf-8'); head=raw[:raw.index('\nsentences:')]
            body='\n'.join('  - '+yaml.safe_dump(r, default_flow_style=True, allow_unicode=True, width=10**6).strip() for r in rows)
            out=head+'\nsentences:\n'+body+'\n'
            want=dict(data); want['sentences']=rows
            if yaml.safe_load(out)!=want: stats['unresolved']+=1; continue
            path.write_text(out, encoding='utf-8'); stats.setdefault('written',0); stats['written']+=1
    print(split, stats)
